package fr.engagement.platform.entity;

/** The caller may see the object but not do this to it. */
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException(String message) {
        super(message);
    }
}

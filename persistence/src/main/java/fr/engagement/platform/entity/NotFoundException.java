package fr.engagement.platform.entity;

/**
 * The object does not exist, or the caller may not know that it exists: out-of-scope reads answer as if the id were
 * unknown, so ids cannot be probed.
 */
public class NotFoundException extends BusinessException {

    public NotFoundException(String message) {
        super(message);
    }
}

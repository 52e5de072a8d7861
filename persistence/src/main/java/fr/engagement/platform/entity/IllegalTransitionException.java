package fr.engagement.platform.entity;

/** A status change that the transition table does not allow for this party. */
public class IllegalTransitionException extends BusinessException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}

package fr.engagement.tracking.boundary;

import fr.engagement.platform.entity.BusinessException;

/** A clientEventId names both an application and an account, and the request did not say which (409). */
public class AmbiguousActivityException extends BusinessException {

    public AmbiguousActivityException(String message) {
        super(message);
    }
}

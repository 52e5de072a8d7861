package fr.engagement.platform.entity;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain refused the request. The message is French and shown to the user as is; the transaction rolls
 * back so nothing is half-done.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

    public BusinessException(String message) {
        super(message);
    }
}

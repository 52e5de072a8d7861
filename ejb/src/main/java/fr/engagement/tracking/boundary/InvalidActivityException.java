package fr.engagement.tracking.boundary;

import fr.engagement.platform.entity.BusinessException;

/** The activity request breaks a rule of the contract (its message is the API's, in English as the peer's). */
public class InvalidActivityException extends BusinessException {

    public InvalidActivityException(String message) {
        super(message);
    }
}

package fr.engagement.partners.control;

import jakarta.ejb.ApplicationException;

/**
 * A partner API request refused by a rule of the exchange, with the HTTP status and the peer's error code
 * (INVALID_QUERY, INVALID_BODY, NOT_FOUND, FORBIDDEN, RESSOURCE_ALREADY_EXIST). The web layer answers it as the
 * envelope {@code {ok:false, code, message}}; the message is the peer's kind of English technical text.
 */
@ApplicationException(rollback = true, inherited = true)
public class PartnerApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public PartnerApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static PartnerApiException badQuery(String message) {
        return new PartnerApiException(400, "INVALID_QUERY", message);
    }

    public static PartnerApiException badBody(String message) {
        return new PartnerApiException(400, "INVALID_BODY", message);
    }

    public static PartnerApiException notFound(String message) {
        return new PartnerApiException(404, "NOT_FOUND", message);
    }

    public static PartnerApiException forbidden(String message) {
        return new PartnerApiException(403, "FORBIDDEN", message);
    }

    public static PartnerApiException conflict(String message) {
        return new PartnerApiException(409, "RESSOURCE_ALREADY_EXIST", message);
    }

    public int status() { return status; }
    public String code() { return code; }
}

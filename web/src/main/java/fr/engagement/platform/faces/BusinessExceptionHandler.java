package fr.engagement.platform.faces;

import fr.engagement.platform.entity.AccessDeniedException;
import fr.engagement.platform.entity.BusinessException;
import fr.engagement.platform.entity.NotFoundException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.Iterator;

/**
 * The one place where business exceptions become what the user sees: "not found" and "access denied" become the
 * 404 and 403 pages, a refused rule or invalid data stays on the page as French messages with the user's input kept.
 * Anything else goes on to the error page.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext();) {
            Throwable error = it.next().getContext().getException();
            Throwable cause = businessCause(error);
            if (cause == null) {
                continue;
            }
            it.remove();
            try {
                if (cause instanceof NotFoundException) {
                    faces.getExternalContext().responseSendError(404, cause.getMessage());
                    faces.responseComplete();
                } else if (cause instanceof AccessDeniedException) {
                    faces.getExternalContext().responseSendError(403, cause.getMessage());
                    faces.responseComplete();
                } else if (cause instanceof ConstraintViolationException violations) {
                    for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
                        error(faces, v.getMessage());
                    }
                    faces.validationFailed();
                    faces.renderResponse();
                } else if (cause instanceof OptimisticLockException) {
                    error(faces, "Quelqu'un a modifié ces données en même temps que vous : rechargez la page.");
                    faces.renderResponse();
                } else {
                    error(faces, cause.getMessage());
                    faces.validationFailed();
                    faces.renderResponse();
                }
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
        getWrapped().handle();
    }

    private static void error(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    static Throwable businessCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BusinessException || t instanceof ConstraintViolationException
                    || t instanceof OptimisticLockException) {
                return t;
            }
        }
        return null;
    }
}

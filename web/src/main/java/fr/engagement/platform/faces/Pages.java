package fr.engagement.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Post-redirect-get with a message that survives the redirect (flash scope). */
public final class Pages {

    private Pages() {}

    public static String redirect(String view, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        return view + (view.contains("?") ? "&" : "?") + "faces-redirect=true";
    }
}

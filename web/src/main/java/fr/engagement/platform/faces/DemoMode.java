package fr.engagement.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether this instance runs the demonstration (demo data and the page listing the demo accounts). */
@Named
@ApplicationScoped
public class DemoMode {

    @Inject
    @ConfigProperty(name = "app.demo-data", defaultValue = "false")
    boolean enabled;

    public boolean isEnabled() {
        return enabled;
    }
}

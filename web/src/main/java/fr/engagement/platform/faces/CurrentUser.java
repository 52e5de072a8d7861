package fr.engagement.platform.faces;

import fr.engagement.accounts.boundary.Accounts;
import fr.engagement.accounts.entity.Account;
import fr.engagement.accounts.entity.Role;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The signed-in person for the screens: name, roles, and the role currently in use. The current role chooses the
 * home page and menus only; what the person may do is decided by the boundaries from all their roles' scopes.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    private Long accountId;
    private String fullName;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Role role;

    void signedIn() {
        Account me = accounts.me();
        accountId = me.getId();
        fullName = me.fullName();
        roles = me.roleSet().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(me.roleSet());
        role = roles.stream().findFirst().orElse(null);
    }

    void signedOut() {
        accountId = null;
        fullName = null;
        roles = EnumSet.noneOf(Role.class);
        role = null;
    }

    /**
     * Loads the person on first use in a signed-in session: the container may have authenticated the request (after
     * a login that continued to the page first asked for) without going through {@link LoginBacking}.
     */
    private void loadIfSignedIn() {
        if (accountId == null) {
            var context = jakarta.faces.context.FacesContext.getCurrentInstance();
            if (context != null && context.getExternalContext().getUserPrincipal() != null) {
                signedIn();
            }
        }
    }

    /** Switches to another role the person holds and returns its home page. */
    public String switchTo(Role target) {
        loadIfSignedIn();
        if (!roles.contains(target)) {
            return null;
        }
        role = target;
        return target.homePage() + "?faces-redirect=true";
    }

    public String homePage() {
        loadIfSignedIn();
        return role == null ? "/index.xhtml" : role.homePage();
    }

    public boolean isSignedIn() {
        loadIfSignedIn();
        return accountId != null;
    }

    public boolean isIn(String roleName) {
        loadIfSignedIn();
        return role != null && role.name().equals(roleName);
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getFullName() {
        loadIfSignedIn();
        return fullName;
    }

    public Role getRole() {
        loadIfSignedIn();
        return role;
    }

    public List<Role> getOtherRoles() {
        loadIfSignedIn();
        List<Role> others = new ArrayList<>(roles);
        others.remove(role);
        return others;
    }
}

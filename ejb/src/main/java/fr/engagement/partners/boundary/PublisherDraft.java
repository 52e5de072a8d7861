package fr.engagement.partners.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** What an administrator fills in to add a partner platform; checked by Bean Validation, messages in French. */
public class PublisherDraft implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final String URL = "^$|^https?://\\S+$";

    @NotBlank(message = "Indiquez le nom du partenaire.")
    @Size(max = 255, message = "Le nom ne doit pas dépasser 255 caractères.")
    private String name;

    @Pattern(regexp = URL, message = "Indiquez une adresse qui commence par http:// ou https://.")
    @Size(max = 1000, message = "L'adresse ne doit pas dépasser 1 000 caractères.")
    private String url;

    @Email(message = "Indiquez une adresse électronique valide, par exemple contact@partenaire.fr.")
    @Size(max = 190, message = "L'adresse électronique ne doit pas dépasser 190 caractères.")
    private String email;

    private boolean annonceur;
    private boolean matomoParams;

    @NotBlank(message = "Choisissez le type des missions du partenaire.")
    private String missionType = "benevolat";

    private boolean apiRights;

    @Pattern(regexp = URL, message = "Indiquez une adresse de flux qui commence par http:// ou https://.")
    @Size(max = 2000, message = "L'adresse du flux ne doit pas dépasser 2 000 caractères.")
    private String feedUrl;

    @Size(max = 255, message = "L'identifiant ne doit pas dépasser 255 caractères.")
    private String feedUsername;

    @Size(max = 255, message = "Le mot de passe ne doit pas dépasser 255 caractères.")
    private String feedPassword;

    /** The platform shows this announcer's missions in its search (a diffusion root of the platform). */
    private boolean diffusedByPlatform;

    /**
     * The announcers this broadcaster diffuses, the platform included (its diffusion roots): their missions are in
     * what it reads through the API. Its own missions are in it without a root.
     */
    private List<String> diffusedAnnouncers = new ArrayList<>();

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isAnnonceur() { return annonceur; }
    public void setAnnonceur(boolean annonceur) { this.annonceur = annonceur; }
    public boolean isMatomoParams() { return matomoParams; }
    public void setMatomoParams(boolean matomoParams) { this.matomoParams = matomoParams; }
    public String getMissionType() { return missionType; }
    public void setMissionType(String missionType) { this.missionType = missionType; }
    public boolean isApiRights() { return apiRights; }
    public void setApiRights(boolean apiRights) { this.apiRights = apiRights; }
    public String getFeedUrl() { return feedUrl; }
    public void setFeedUrl(String feedUrl) { this.feedUrl = feedUrl; }
    public String getFeedUsername() { return feedUsername; }
    public void setFeedUsername(String feedUsername) { this.feedUsername = feedUsername; }
    public String getFeedPassword() { return feedPassword; }
    public void setFeedPassword(String feedPassword) { this.feedPassword = feedPassword; }
    public boolean isDiffusedByPlatform() { return diffusedByPlatform; }
    public void setDiffusedByPlatform(boolean diffusedByPlatform) { this.diffusedByPlatform = diffusedByPlatform; }
    public List<String> getDiffusedAnnouncers() { return diffusedAnnouncers; }
    public void setDiffusedAnnouncers(List<String> ids) {
        this.diffusedAnnouncers = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
    }
}

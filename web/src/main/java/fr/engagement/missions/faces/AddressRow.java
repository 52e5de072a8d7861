package fr.engagement.missions.faces;

import fr.engagement.missions.boundary.AddressInput;
import java.io.Serializable;

/** One editable address line of the mission form. */
public class AddressRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String street;
    private String postalCode;
    private String communeInsee;

    public AddressRow() {}

    AddressRow(String street, String postalCode, String communeInsee) {
        this.street = street;
        this.postalCode = postalCode;
        this.communeInsee = communeInsee;
    }

    AddressInput toInput() {
        return new AddressInput(street, postalCode, communeInsee);
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCommuneInsee() {
        return communeInsee;
    }

    public void setCommuneInsee(String communeInsee) {
        this.communeInsee = communeInsee;
    }
}

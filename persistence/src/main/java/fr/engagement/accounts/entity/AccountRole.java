package fr.engagement.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One role held by an account, with its scope: a department or a region for referents, a structure for responsables,
 * a network for heads of network, a publisher for partners. National and personal roles have no scope.
 */
@Entity
@Table(name = "account_role")
public class AccountRole implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @Column(name = "department_code", length = 3)
    private String departmentCode;

    @Column(name = "region_code", length = 3)
    private String regionCode;

    @Column(name = "structure_id")
    private Long structureId;

    @Column(name = "network_id")
    private Long networkId;

    @Column(name = "publisher_id")
    private String publisherId;

    protected AccountRole() {}

    private AccountRole(Role role) {
        this.role = Objects.requireNonNull(role);
    }

    public static AccountRole of(Role role) {
        if (role == Role.REFERENT_DEPARTEMENT || role == Role.REFERENT_REGION || role == Role.RESPONSABLE
                || role == Role.TETE_DE_RESEAU || role == Role.PARTENAIRE) {
            throw new IllegalArgumentException(role + " needs a scope");
        }
        return new AccountRole(role);
    }

    public static AccountRole referentOfDepartment(String departmentCode) {
        AccountRole r = new AccountRole(Role.REFERENT_DEPARTEMENT);
        r.departmentCode = Objects.requireNonNull(departmentCode);
        return r;
    }

    public static AccountRole referentOfRegion(String regionCode) {
        AccountRole r = new AccountRole(Role.REFERENT_REGION);
        r.regionCode = Objects.requireNonNull(regionCode);
        return r;
    }

    public static AccountRole responsableOf(long structureId) {
        AccountRole r = new AccountRole(Role.RESPONSABLE);
        r.structureId = structureId;
        return r;
    }

    public static AccountRole headOfNetwork(long networkId) {
        AccountRole r = new AccountRole(Role.TETE_DE_RESEAU);
        r.networkId = networkId;
        return r;
    }

    public static AccountRole partnerOf(String publisherId) {
        AccountRole r = new AccountRole(Role.PARTENAIRE);
        r.publisherId = publisherId;
        return r;
    }

    void attachTo(Account account) {
        this.account = account;
    }

    public Long getId() {
        return id;
    }

    public Role getRole() {
        return role;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Long getStructureId() {
        return structureId;
    }

    public Long getNetworkId() {
        return networkId;
    }

    public String getPublisherId() {
        return publisherId;
    }
}

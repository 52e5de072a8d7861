package fr.engagement.accounts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void fiveWrongPasswordsLockTheAccountForAQuarterOfAnHour() {
        Account a = new Account(" Camille.Martin@Exemple.FR ", "hash", "Camille", "Martin", NOW);
        assertThat(a.getEmail()).isEqualTo("camille.martin@exemple.fr");
        for (int i = 0; i < 4; i++) {
            a.recordFailedLogin(NOW);
        }
        assertThat(a.isLocked(NOW)).isFalse();
        a.recordFailedLogin(NOW);
        assertThat(a.isLocked(NOW)).isTrue();
        assertThat(a.isLocked(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(a.isLocked(NOW.plus(Duration.ofMinutes(16)))).isFalse();
        a.recordSuccessfulLogin(NOW.plus(Duration.ofMinutes(16)));
        assertThat(a.isLocked(NOW.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void ageIsCountedInWholeYears() {
        Account a = new Account("a@b.fr", "hash", "A", "B", NOW);
        a.bornOn(LocalDate.of(2010, 11, 29));
        assertThat(a.age(LocalDate.of(2026, 11, 28))).isEqualTo(15);
        assertThat(a.age(LocalDate.of(2026, 11, 29))).isEqualTo(16);
    }

    @Test
    void scopedRolesNeedTheirScope() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AccountRole.of(Role.RESPONSABLE))
                .isInstanceOf(IllegalArgumentException.class);
        Account a = new Account("a@b.fr", "hash", "A", "B", NOW);
        a.addRole(AccountRole.responsableOf(3));
        a.addRole(AccountRole.of(Role.BENEVOLE));
        assertThat(a.roleSet()).containsExactlyInAnyOrder(Role.RESPONSABLE, Role.BENEVOLE);
    }
}

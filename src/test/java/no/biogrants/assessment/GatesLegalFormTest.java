package no.biogrants.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import no.biogrants.applicant.LegalForm;
import org.junit.jupiter.api.Test;

/**
 * The company profile flags exactly the legal forms the eligibility gate refuses (rule COMP-C4).
 */
class GatesLegalFormTest {

  @Test
  void assG1_compC4_theProfilesPublicSectorFormsAreTheGatesPublicSectorForms() {
    assertThat(
            Arrays.stream(LegalForm.values())
                .filter(LegalForm::isPublicSector)
                .map(LegalForm::code)
                .collect(Collectors.toSet()))
        .isEqualTo(Gates.PUBLIC_SECTOR);
  }
}

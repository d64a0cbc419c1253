package no.biogrants.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import no.biogrants.grantapplication.TrainingPlanLine;
import no.biogrants.payment.FinalReport;
import org.junit.jupiter.api.Test;

/** Where people are named, and that participants are only counted. */
class PersonalDataFindingTest {

  @Test
  void privG1_peopleAreNamedOnlyAsContactsCommitteeMembersAuditorsAndUsers() {
    assertThat(PersonalDataFinding.Place.values())
        .containsExactly(
            PersonalDataFinding.Place.COMPANY_CONTACT,
            PersonalDataFinding.Place.TRAINING_COMMITTEE,
            PersonalDataFinding.Place.AUDITOR,
            PersonalDataFinding.Place.USER);
  }

  @Test
  void privG1_participantsAreCountedNeverNamed() {
    assertThat(
            Arrays.stream(TrainingPlanLine.class.getDeclaredFields())
                .filter(f -> f.getType() == String.class)
                .map(Field::getName))
        .containsExactly("what");
    for (String count : new String[] {"participants", "laidOff", "apprentices"}) {
      assertThat(
              Arrays.stream(TrainingPlanLine.class.getDeclaredFields())
                  .filter(f -> f.getName().equals(count))
                  .map(Field::getType))
          .containsExactly(int.class);
    }
    assertThat(
            Arrays.stream(FinalReport.class.getRecordComponents())
                .filter(c -> c.getType() == String.class)
                .map(RecordComponent::getName))
        .containsExactly("text", "auditorName");
    assertThat(FinalReport.class.getRecordComponents()[0].getType()).isEqualTo(int.class);
  }
}

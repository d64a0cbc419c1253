package no.biogrants.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.biogrants.applicant.LegalForm;
import no.biogrants.applicant.ProfileFlag;
import no.biogrants.assessment.Gate;
import no.biogrants.attachment.AttachmentKind;
import no.biogrants.attachment.OwnerType;
import no.biogrants.budget.FundPurpose;
import no.biogrants.budget.LedgerEntryType;
import no.biogrants.budget.SplitMethod;
import no.biogrants.casework.DecisionOutcome;
import no.biogrants.grantapplication.ApplicationStatus;
import no.biogrants.grantapplication.CostCategory;
import no.biogrants.grantapplication.TrainingPurpose;
import no.biogrants.identity.Role;
import org.junit.jupiter.api.Test;

/** Every text a page asks for exists in bokmål and in English, and every enum shown has a label. */
class MessagesBundleTest {

  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /**
   * A key written twice: Properties keeps the later text silently, so a button once read "Du har
   * erklært deg inhabil …" (the refusal) instead of "Jeg er inhabil".
   */
  @Test
  void noBundleDefinesAKeyTwice() throws IOException {
    for (String name :
        List.of("messages.properties", "messages_nb.properties", "messages_en.properties")) {
      List<String> keys = new ArrayList<>();
      boolean continued = false;
      for (String line :
          Files.readAllLines(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
        String text = line.strip();
        boolean key =
            !continued && !text.isEmpty() && !text.startsWith("#") && !text.startsWith("!");
        if (key) {
          keys.add(text.split("\\s*[=:]|\\s", 2)[0]);
        }
        continued = (key || continued) && line.endsWith("\\");
      }
      Set<String> seen = new HashSet<>();
      assertThat(keys.stream().filter(k -> !seen.add(k)).toList())
          .as("keys defined twice in %s", name)
          .isEmpty();
      assertThat(new TreeSet<>(keys))
          .as("the keys of %s, read line by line as Properties reads them", name)
          .isEqualTo(new TreeSet<>(bundle(name).stringPropertyNames()));
    }
  }

  @Test
  void bokmalAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(new TreeSet<>(bundle("messages_en.properties").stringPropertyNames()))
        .isEqualTo(new TreeSet<>(bundle("messages.properties").stringPropertyNames()));
  }

  @Test
  void everyKeyAPageUsesExists() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = PAGE_KEY.matcher(Files.readString(page));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(used);
  }

  @Test
  void everyEnumShownToUsersHasALabel() throws IOException {
    Properties nb = bundle("messages.properties");
    for (Class<? extends Enum<?>> type :
        List.of(
            ApplicationStatus.class,
            TrainingPurpose.class,
            CostCategory.class,
            FundPurpose.class,
            DecisionOutcome.class,
            Role.class,
            SplitMethod.class,
            LedgerEntryType.class,
            Gate.class,
            LegalForm.class,
            ProfileFlag.class,
            AttachmentKind.class,
            OwnerType.class)) {
      for (Enum<?> value : type.getEnumConstants()) {
        assertThat(nb.getProperty(type.getSimpleName() + "." + value.name()))
            .as(type.getSimpleName() + "." + value.name())
            .isNotBlank();
      }
    }
  }
}

package no.biogrants.budget.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.biogrants.budget.Allocation;
import no.biogrants.budget.AllocationRequest;
import no.biogrants.budget.Allocations;
import no.biogrants.budget.FundPurpose;
import no.biogrants.budget.SplitMethod;
import no.biogrants.county.Counties;
import no.biogrants.county.County;
import no.biogrants.county.PublishedInhabitants;
import no.biogrants.identity.ActiveUser;
import no.biogrants.infrastructure.web.FacesActions;
import no.biogrants.infrastructure.web.Messages;
import no.biogrants.shared.Money;

/**
 * The admin's allocation page: register money from a source and split it between counties, with a
 * preview of every county's line before anything is booked.
 */
@Named
@ViewScoped
public class AllocationsPage implements Serializable {

  @Inject private Allocations allocations;
  @Inject private Counties counties;
  @Inject private ActiveUser activeUser;

  private String name;
  private String source;
  private Integer year = 2021;
  private BigDecimal amount;
  private List<FundPurpose> purposes = new ArrayList<>(List.of(FundPurpose.BIO));
  private SplitMethod method = SplitMethod.PER_INHABITANT;
  private List<CountyKey> keys = new ArrayList<>();
  private List<CountyKey> preview;
  private List<Allocation> registered;
  private Integer inhabitantsYear = 2021;
  private List<CountyKey> inhabitants = new ArrayList<>();
  private PublishedInhabitants inForce;

  /** One county's key (share or amount) on the form, and its amount in the preview. */
  public static class CountyKey implements Serializable {
    private final String code;
    private final String name;
    private BigDecimal value;
    private Money amount;
    private int validFrom = Integer.MIN_VALUE;
    private Integer validTo;

    CountyKey(String code, String name) {
      this.code = code;
      this.name = name;
    }

    CountyKey(County county) {
      this(county.getCode(), county.getName());
      validFrom = county.getValidFrom();
      validTo = county.getValidTo();
    }

    boolean existedIn(Integer year) {
      return year == null || (validFrom <= year && (validTo == null || validTo >= year));
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public BigDecimal getValue() {
      return value;
    }

    public void setValue(BigDecimal value) {
      this.value = value;
    }

    public Money getAmount() {
      return amount;
    }
  }

  @PostConstruct
  void init() {
    for (County county : counties.all()) {
      keys.add(new CountyKey(county));
    }
    registered = allocations.all();
    loadInhabitants();
  }

  /**
   * Shows the inhabitants in force for the chosen year (the counties of that year), to edit or save
   * as that year's figures, and which year they were published for (CTY-P1).
   */
  public void loadInhabitants() {
    int chosen = inhabitantsYear == null ? 2021 : inhabitantsYear;
    inForce = counties.inhabitantsInForce(chosen);
    inhabitants = new ArrayList<>();
    for (County county : counties.activeIn(chosen)) {
      CountyKey row = new CountyKey(county.getCode(), county.getName());
      Integer count = inForce.byCounty().get(county.getCode());
      row.setValue(count == null ? null : BigDecimal.valueOf(count));
      inhabitants.add(row);
    }
  }

  /**
   * Which year the shown inhabitants belong to, and whether the chosen year has figures of its own
   * (a message key and its arguments, for the page).
   */
  public String getInhabitantsSource() {
    int chosen = inhabitantsYear == null ? 2021 : inhabitantsYear;
    if (inhabitants.isEmpty()) {
      return Messages.text("allocation.inhabitantsNoCounties", String.valueOf(chosen));
    }
    if (inForce.byCounty().isEmpty()) {
      return Messages.text("allocation.inhabitantsNone", String.valueOf(chosen));
    }
    String key =
        inForce.ownFiguresOf(chosen)
            ? "allocation.inhabitantsOwnYear"
            : inForce.populationYear() < chosen
                ? "allocation.inhabitantsEarlierYear"
                : "allocation.inhabitantsOldestYear";
    return Messages.text(key, String.valueOf(chosen), String.valueOf(inForce.populationYear()));
  }

  public void saveInhabitants() {
    Map<String, Integer> figures = new LinkedHashMap<>();
    for (CountyKey row : inhabitants) {
      figures.put(row.getCode(), row.getValue() == null ? null : row.getValue().intValue());
    }
    boolean saved =
        FacesActions.attempt(
            null,
            () ->
                counties.registerInhabitants(
                    activeUser.actor(), inhabitantsYear == null ? 0 : inhabitantsYear, figures));
    if (saved) {
      Messages.info("allocation.inhabitantsSaved", String.valueOf(inhabitantsYear));
    }
  }

  public Integer getInhabitantsYear() {
    return inhabitantsYear;
  }

  public void setInhabitantsYear(Integer inhabitantsYear) {
    this.inhabitantsYear = inhabitantsYear;
  }

  public List<CountyKey> getInhabitants() {
    return inhabitants;
  }

  public void preview() {
    Map<String, Money> split =
        FacesActions.attempt(null, () -> allocations.preview(activeUser.actor(), request()));
    preview = split == null ? null : rows(split);
  }

  public void register() {
    Allocation allocation =
        FacesActions.attempt(null, () -> allocations.register(activeUser.actor(), request()));
    if (allocation != null) {
      Messages.info("allocation.registered", allocation.getName(), allocation.getAmount());
      preview = null;
      registered = allocations.all();
    }
  }

  private AllocationRequest request() {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    if (method != SplitMethod.PER_INHABITANT) {
      getKeys().stream()
          .filter(k -> k.getValue() != null)
          .forEach(k -> values.put(k.getCode(), k.getValue()));
    }
    return new AllocationRequest(
        name,
        source,
        year,
        amount == null ? null : Money.of(amount),
        purposes == null || purposes.isEmpty()
            ? EnumSet.noneOf(FundPurpose.class)
            : EnumSet.copyOf(purposes),
        method,
        values);
  }

  private List<CountyKey> rows(Map<String, Money> split) {
    List<CountyKey> rows = new ArrayList<>();
    for (CountyKey key : keys) {
      if (split.containsKey(key.getCode())) {
        CountyKey row = new CountyKey(key.getCode(), key.getName());
        row.amount = split.get(key.getCode());
        rows.add(row);
      }
    }
    return rows;
  }

  public Money getPreviewTotal() {
    return preview == null
        ? Money.ZERO
        : preview.stream().map(CountyKey::getAmount).reduce(Money.ZERO, Money::plus);
  }

  public boolean isKeysNeeded() {
    return method != SplitMethod.PER_INHABITANT;
  }

  public FundPurpose[] getAllPurposes() {
    return FundPurpose.values();
  }

  public SplitMethod[] getMethods() {
    return SplitMethod.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public List<FundPurpose> getPurposes() {
    return purposes;
  }

  public void setPurposes(List<FundPurpose> purposes) {
    this.purposes = purposes;
  }

  public SplitMethod getMethod() {
    return method;
  }

  public void setMethod(SplitMethod method) {
    this.method = method;
  }

  /** The key rows of the counties of the allocation's year (the 15 since 2024, CTY-P2). */
  public List<CountyKey> getKeys() {
    return keys.stream().filter(k -> k.existedIn(year)).toList();
  }

  public List<CountyKey> getPreview() {
    return preview;
  }

  public List<Allocation> getRegistered() {
    return registered;
  }
}

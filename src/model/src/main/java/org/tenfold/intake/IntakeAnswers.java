package org.tenfold.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers of an intake, section by section, as the wizard and the API exchange them and as the
 * intake row stores them. Any of them may be empty in a draft; {@link #missingForSubmit()} says what
 * a submitted intake must have. The risk screening is structured (yes/no answers and text) because
 * the risk flag depends on it.
 *
 * <p>Sections: presenting concerns; the behaviour (what, since when, how often, most recent, what
 * was disclosed or discovered and when); the relationship (status, length, partner in care: the
 * only part front desk may fill, see {@link #FRONT_DESK_FIELDS}); previous help and support groups;
 * substance use; mental-health history and medication; risk screening.
 */
@Embeddable
public class IntakeAnswers {

    /** The non-clinical part front desk may fill on a draft; everything else is for counsellors. */
    public static final java.util.List<String> FRONT_DESK_FIELDS =
            java.util.List.of("relationshipStatus", "relationshipLength", "partnerInCare");

    private static final int TEXT = 20_000;

    @Size(max = TEXT, message = "Presenting concerns are at most 20,000 characters.")
    @Column(name = "presenting_concerns")
    private String presentingConcerns;

    @Size(max = TEXT, message = "This answer is at most 20,000 characters.")
    @Column(name = "behaviour_what")
    private String behaviourWhat;
    @Size(max = 200, message = "Since when is at most 200 characters.")
    @Column(name = "behaviour_since", length = 200)
    private String behaviourSince;
    @Size(max = 200, message = "How often is at most 200 characters.")
    @Column(name = "behaviour_frequency", length = 200)
    private String behaviourFrequency;
    @Size(max = 200, message = "Most recent is at most 200 characters.")
    @Column(name = "behaviour_most_recent", length = 200)
    private String behaviourMostRecent;
    @Size(max = TEXT, message = "This answer is at most 20,000 characters.")
    @Column(name = "disclosure")
    private String disclosure;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship_status", length = 20)
    private RelationshipStatus relationshipStatus;
    @Size(max = 100, message = "Length of the relationship is at most 100 characters.")
    @Column(name = "relationship_length", length = 100)
    private String relationshipLength;
    @Enumerated(EnumType.STRING)
    @Column(name = "partner_in_care", length = 20)
    private PartnerInCare partnerInCare;

    @Size(max = TEXT, message = "This answer is at most 20,000 characters.")
    @Column(name = "previous_help")
    private String previousHelp;
    @Size(max = TEXT, message = "This answer is at most 20,000 characters.")
    @Column(name = "support_groups")
    private String supportGroups;
    @Size(max = TEXT, message = "This answer is at most 20,000 characters.")
    @Column(name = "substance_use")
    private String substanceUse;
    @Size(max = TEXT, message = "This answer is at most 20,000 characters.")
    @Column(name = "mental_health_history")
    private String mentalHealthHistory;
    @Size(max = TEXT, message = "This answer is at most 20,000 characters.")
    @Column(name = "medication")
    private String medication;

    @Column(name = "risk_self_harm_thoughts")
    private Boolean selfHarmThoughts;
    @Column(name = "risk_suicide_plan")
    private Boolean suicidePlan;
    @Column(name = "risk_suicide_means")
    private Boolean suicideMeans;
    @Size(max = TEXT, message = "This answer is at most 20,000 characters.")
    @Column(name = "risk_protective_factors")
    private String protectiveFactors;
    @Column(name = "risk_violence_at_home")
    private Boolean violenceAtHome;
    @Column(name = "risk_safe_at_home")
    private Boolean safeAtHome;
    @Column(name = "risk_to_others")
    private Boolean riskToOthers;
    @Size(max = TEXT, message = "This answer is at most 20,000 characters.")
    @Column(name = "risk_details")
    private String riskDetails;

    /**
     * What a submitted intake lacks, one message per field (empty when it may be submitted). The
     * risk questions must each be answered yes or no; a plan and means are asked only after thoughts
     * of self-harm; any positive answer needs the details written down.
     */
    public Map<String, String> missingForSubmit() {
        Map<String, String> m = new LinkedHashMap<>();
        require(m, "presentingConcerns", presentingConcerns, "Describe the presenting concerns.");
        require(m, "behaviourWhat", behaviourWhat, "Describe the behaviour the client seeks help with.");
        require(m, "behaviourSince", behaviourSince, "Say since when the behaviour has gone on.");
        require(m, "behaviourFrequency", behaviourFrequency, "Say how often it happens.");
        require(m, "behaviourMostRecent", behaviourMostRecent, "Say when it last happened.");
        if (relationshipStatus == null) {
            m.put("relationshipStatus", "Choose the relationship status.");
        }
        if (partnerInCare == null) {
            m.put("partnerInCare", "Say whether a partner is or will be in care (or that there is no partner).");
        }
        if (selfHarmThoughts == null) {
            m.put("selfHarmThoughts", "Answer whether the client has thoughts of self-harm or suicide.");
        } else if (selfHarmThoughts) {
            if (suicidePlan == null) {
                m.put("suicidePlan", "Answer whether there is a plan.");
            }
            if (suicideMeans == null) {
                m.put("suicideMeans", "Answer whether the client has the means.");
            }
        }
        require(m, "protectiveFactors", protectiveFactors, "Write down the protective factors.");
        if (violenceAtHome == null) {
            m.put("violenceAtHome", "Answer whether there is violence at home.");
        }
        if (safeAtHome == null) {
            m.put("safeAtHome", "Answer whether the client feels safe at home.");
        }
        if (riskToOthers == null) {
            m.put("riskToOthers", "Answer whether there is a risk to others.");
        }
        if (positiveRisk()) {
            require(m, "riskDetails", riskDetails, "A risk answer is positive: write down the details and the plan.");
        }
        return m;
    }

    /** Any answer that asks for action: thoughts, plan or means of self-harm, violence, not safe, risk to others. */
    public boolean positiveRisk() {
        return isTrue(selfHarmThoughts) || isTrue(suicidePlan) || isTrue(suicideMeans) || isTrue(violenceAtHome)
                || Boolean.FALSE.equals(safeAtHome) || isTrue(riskToOthers);
    }

    /** Text fields stripped, blank ones null. */
    public IntakeAnswers normalized() {
        IntakeAnswers n = copy();
        n.presentingConcerns = clean(presentingConcerns);
        n.behaviourWhat = clean(behaviourWhat);
        n.behaviourSince = clean(behaviourSince);
        n.behaviourFrequency = clean(behaviourFrequency);
        n.behaviourMostRecent = clean(behaviourMostRecent);
        n.disclosure = clean(disclosure);
        n.relationshipLength = clean(relationshipLength);
        n.previousHelp = clean(previousHelp);
        n.supportGroups = clean(supportGroups);
        n.substanceUse = clean(substanceUse);
        n.mentalHealthHistory = clean(mentalHealthHistory);
        n.medication = clean(medication);
        n.protectiveFactors = clean(protectiveFactors);
        n.riskDetails = clean(riskDetails);
        return n;
    }

    /** These answers with the front desk's part taken from {@code frontDesk} and everything else kept. */
    public IntakeAnswers withFrontDeskPart(IntakeAnswers frontDesk) {
        IntakeAnswers n = copy();
        n.relationshipStatus = frontDesk.relationshipStatus;
        n.relationshipLength = clean(frontDesk.relationshipLength);
        n.partnerInCare = frontDesk.partnerInCare;
        return n;
    }

    /** Only the front desk's part of these answers (the rest left empty). */
    public IntakeAnswers frontDeskPart() {
        return new IntakeAnswers().withFrontDeskPart(this);
    }

    public IntakeAnswers copy() {
        IntakeAnswers c = new IntakeAnswers();
        c.presentingConcerns = presentingConcerns;
        c.behaviourWhat = behaviourWhat;
        c.behaviourSince = behaviourSince;
        c.behaviourFrequency = behaviourFrequency;
        c.behaviourMostRecent = behaviourMostRecent;
        c.disclosure = disclosure;
        c.relationshipStatus = relationshipStatus;
        c.relationshipLength = relationshipLength;
        c.partnerInCare = partnerInCare;
        c.previousHelp = previousHelp;
        c.supportGroups = supportGroups;
        c.substanceUse = substanceUse;
        c.mentalHealthHistory = mentalHealthHistory;
        c.medication = medication;
        c.selfHarmThoughts = selfHarmThoughts;
        c.suicidePlan = suicidePlan;
        c.suicideMeans = suicideMeans;
        c.protectiveFactors = protectiveFactors;
        c.violenceAtHome = violenceAtHome;
        c.safeAtHome = safeAtHome;
        c.riskToOthers = riskToOthers;
        c.riskDetails = riskDetails;
        return c;
    }

    private static void require(Map<String, String> m, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            m.put(field, message);
        }
    }

    private static boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getPresentingConcerns() { return presentingConcerns; }
    public void setPresentingConcerns(String v) { presentingConcerns = v; }
    public String getBehaviourWhat() { return behaviourWhat; }
    public void setBehaviourWhat(String v) { behaviourWhat = v; }
    public String getBehaviourSince() { return behaviourSince; }
    public void setBehaviourSince(String v) { behaviourSince = v; }
    public String getBehaviourFrequency() { return behaviourFrequency; }
    public void setBehaviourFrequency(String v) { behaviourFrequency = v; }
    public String getBehaviourMostRecent() { return behaviourMostRecent; }
    public void setBehaviourMostRecent(String v) { behaviourMostRecent = v; }
    public String getDisclosure() { return disclosure; }
    public void setDisclosure(String v) { disclosure = v; }
    public RelationshipStatus getRelationshipStatus() { return relationshipStatus; }
    public void setRelationshipStatus(RelationshipStatus v) { relationshipStatus = v; }
    public String getRelationshipLength() { return relationshipLength; }
    public void setRelationshipLength(String v) { relationshipLength = v; }
    public PartnerInCare getPartnerInCare() { return partnerInCare; }
    public void setPartnerInCare(PartnerInCare v) { partnerInCare = v; }
    public String getPreviousHelp() { return previousHelp; }
    public void setPreviousHelp(String v) { previousHelp = v; }
    public String getSupportGroups() { return supportGroups; }
    public void setSupportGroups(String v) { supportGroups = v; }
    public String getSubstanceUse() { return substanceUse; }
    public void setSubstanceUse(String v) { substanceUse = v; }
    public String getMentalHealthHistory() { return mentalHealthHistory; }
    public void setMentalHealthHistory(String v) { mentalHealthHistory = v; }
    public String getMedication() { return medication; }
    public void setMedication(String v) { medication = v; }
    public Boolean getSelfHarmThoughts() { return selfHarmThoughts; }
    public void setSelfHarmThoughts(Boolean v) { selfHarmThoughts = v; }
    public Boolean getSuicidePlan() { return suicidePlan; }
    public void setSuicidePlan(Boolean v) { suicidePlan = v; }
    public Boolean getSuicideMeans() { return suicideMeans; }
    public void setSuicideMeans(Boolean v) { suicideMeans = v; }
    public String getProtectiveFactors() { return protectiveFactors; }
    public void setProtectiveFactors(String v) { protectiveFactors = v; }
    public Boolean getViolenceAtHome() { return violenceAtHome; }
    public void setViolenceAtHome(Boolean v) { violenceAtHome = v; }
    public Boolean getSafeAtHome() { return safeAtHome; }
    public void setSafeAtHome(Boolean v) { safeAtHome = v; }
    public Boolean getRiskToOthers() { return riskToOthers; }
    public void setRiskToOthers(Boolean v) { riskToOthers = v; }
    public String getRiskDetails() { return riskDetails; }
    public void setRiskDetails(String v) { riskDetails = v; }
}

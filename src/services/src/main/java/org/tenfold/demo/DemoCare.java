package org.tenfold.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseEvent;
import org.tenfold.care.CaseEventKind;
import org.tenfold.care.CaseKind;
import org.tenfold.care.CaseMember;
import org.tenfold.care.CaseRole;
import org.tenfold.client.Client;
import org.tenfold.client.ClientDetails;
import org.tenfold.client.ClientStatus;
import org.tenfold.consent.ConsentDecision;
import org.tenfold.consent.ConsentForm;
import org.tenfold.consent.ConsentKind;
import org.tenfold.consent.ConsentRecord;
import org.tenfold.intake.Enquiry;
import org.tenfold.intake.Intake;
import org.tenfold.intake.IntakeAnswers;
import org.tenfold.intake.PartnerInCare;
import org.tenfold.intake.RelationshipStatus;
import org.tenfold.staff.Staff;

/**
 * The demo clinic's care: the supervisor supervises both counsellors; Morgan Fictional is in an
 * individual case with counsellor2; Alex and Jordan Demoulin are a couple case led by counsellor,
 * Alex also seeing counsellor2 on his own, Alex sharing with his partner and Jordan not; enquiries
 * for the clients still in ENQUIRY. Every text is invented and kept general.
 */
final class DemoCare {

    private DemoCare() {
    }

    static void load(EntityManager em) {
        Map<String, Staff> staff = em.createNamedQuery("Staff.findAll", Staff.class).getResultList().stream()
                .collect(Collectors.toMap(Staff::getUsername, Function.identity()));
        Staff counsellor = staff.get("counsellor");
        Staff counsellor2 = staff.get("counsellor2");
        Staff supervisor = staff.get("supervisor");
        for (Staff s : List.of(counsellor, counsellor2)) {
            em.createNativeQuery("INSERT INTO supervision (supervisor_id, counsellor_id, since) VALUES (?1, ?2, ?3)")
                    .setParameter(1, supervisor.getId()).setParameter(2, s.getId())
                    .setParameter(3, java.sql.Timestamp.valueOf(java.time.LocalDateTime.now(ZoneOffset.UTC)))
                    .executeUpdate();
        }
        Instant now = Instant.now();
        Instant intakeDay = now.minus(Duration.ofDays(21));
        LocalDate opened = LocalDate.ofInstant(now.minus(Duration.ofDays(14)), ZoneOffset.UTC);

        Client morgan = client(em, "Morgan", "Fictional");
        Client alex = client(em, "Alexander", "Demoulin");
        Client jordan = client(em, "Jordan", "Demoulin");

        intake(em, morgan, counsellor2, intakeDay, single());
        intake(em, alex, counsellor, intakeDay, partnered("Wants to stop hiding things from his partner and rebuild trust.",
                "Secretive online habits", "About eight years", "Several times a week", "Two weeks ago",
                "Partner discovered messages a month ago; he then told her more."));
        intake(em, jordan, counsellor, intakeDay, partnered("Feels shaken after a recent discovery and wants to "
                + "understand what happened and whether trust can be rebuilt.", "Her partner's secretive behaviour "
                + "(she seeks support as the partner)", "Learned of it a month ago", "Not applicable", "Not applicable",
                "Discovered messages on a shared tablet a month ago."));

        CareCase individual = new CareCase(CaseKind.INDIVIDUAL, counsellor2.getId(), null,
                List.of(new CaseMember(morgan.getId(), CaseRole.INDIVIDUAL, null)), opened, "counsellor2", now);
        CareCase couple = new CareCase(CaseKind.COUPLE, counsellor.getId(), null,
                List.of(new CaseMember(alex.getId(), CaseRole.IN_RECOVERY, counsellor2.getId()),
                        new CaseMember(jordan.getId(), CaseRole.PARTNER, null)), opened, "counsellor", now);
        em.persist(individual);
        em.persist(couple);
        em.flush();
        em.persist(new CaseEvent(individual.getId(), CaseEventKind.OPENED, null, null, "counsellor2", now));
        em.persist(new CaseEvent(couple.getId(), CaseEventKind.OPENED, null, null, "counsellor", now));

        Map<ConsentKind, ConsentForm> forms = em.createNamedQuery("ConsentForm.findActive", ConsentForm.class)
                .getResultList().stream().collect(Collectors.toMap(ConsentForm::getKind, Function.identity(),
                        (a, b) -> a.getVersion() >= b.getVersion() ? a : b));
        for (Client c : List.of(morgan, alex, jordan)) {
            consent(em, c, forms.get(ConsentKind.TREATMENT), ConsentDecision.GIVEN, intakeDay);
            consent(em, c, forms.get(ConsentKind.PRIVACY_AND_LIMITS), ConsentDecision.GIVEN, intakeDay);
            em.persist(new ConsentRecord(c.getId(), forms.get(ConsentKind.ELECTRONIC_COMMUNICATION),
                    c.isConsentEmail() || c.isConsentSms() ? ConsentDecision.GIVEN : ConsentDecision.WITHDRAWN,
                    c.isConsentEmail(), c.isConsentSms(), "frontdesk", intakeDay));
        }
        consent(em, alex, forms.get(ConsentKind.PARTNER_SHARING), ConsentDecision.SHARE, intakeDay);
        consent(em, jordan, forms.get(ConsentKind.PARTNER_SHARING), ConsentDecision.DO_NOT_SHARE, intakeDay);

        for (Client c : em.createQuery("SELECT c FROM Client c WHERE c.status = :s ORDER BY c.id", Client.class)
                .setParameter("s", ClientStatus.ENQUIRY).getResultList()) {
            em.persist(new Enquiry(c, "A friend's recommendation", "Would like to talk to someone about a habit "
                    + "affecting their relationship", counsellor, "Weekday evenings after 17:00", "frontdesk",
                    now.minus(Duration.ofDays(3))));
        }
    }

    private static Client client(EntityManager em, String first, String last) {
        Client c = em.createQuery("SELECT c FROM Client c WHERE c.legalFirstName = :f AND c.legalLastName = :l",
                Client.class).setParameter("f", first).setParameter("l", last).getSingleResult();
        if (c.getStatus() != ClientStatus.ACTIVE) {
            ClientDetails d = c.details();
            d.setStatus(ClientStatus.ACTIVE);
            c.apply(d, Instant.now());
        }
        return c;
    }

    private static void intake(EntityManager em, Client client, Staff by, Instant when, IntakeAnswers answers) {
        Intake intake = new Intake(client.getId(), by.getUsername(), when);
        intake.save(answers, by.getUsername(), when);
        if (!intake.submit(by.getUsername(), when).isEmpty()) {
            throw new IllegalStateException("Demo intake of " + client.getDisplayName() + " is incomplete");
        }
        intake.review(by.getUsername(), when.plus(Duration.ofDays(7)));
        em.persist(intake);
    }

    private static void consent(EntityManager em, Client c, ConsentForm form, ConsentDecision decision, Instant when) {
        em.persist(new ConsentRecord(c.getId(), form, decision, false, false, "counsellor", when));
    }

    private static IntakeAnswers single() {
        IntakeAnswers a = base("Wants to get on top of late-night browsing that is costing sleep and focus at work.",
                "Late-night browsing", "Since university", "Most nights", "Three days ago");
        a.setRelationshipStatus(RelationshipStatus.SINGLE);
        a.setPartnerInCare(PartnerInCare.NO_PARTNER);
        a.setSupportGroups("Has looked at a local peer support group, not yet attended.");
        return a;
    }

    private static IntakeAnswers partnered(String concerns, String what, String since, String often, String recent,
            String disclosure) {
        IntakeAnswers a = base(concerns, what, since, often, recent);
        a.setDisclosure(disclosure);
        a.setRelationshipStatus(RelationshipStatus.MARRIED);
        a.setRelationshipLength("11 years");
        a.setPartnerInCare(PartnerInCare.YES);
        return a;
    }

    private static IntakeAnswers base(String concerns, String what, String since, String often, String recent) {
        IntakeAnswers a = new IntakeAnswers();
        a.setPresentingConcerns(concerns);
        a.setBehaviourWhat(what);
        a.setBehaviourSince(since);
        a.setBehaviourFrequency(often);
        a.setBehaviourMostRecent(recent);
        a.setPreviousHelp("None before.");
        a.setSubstanceUse("Drinks socially at weekends.");
        a.setMentalHealthHistory("Some low mood in the past; no treatment.");
        a.setMedication("None.");
        a.setSelfHarmThoughts(false);
        a.setProtectiveFactors("Close friends, steady work, wants to change.");
        a.setViolenceAtHome(false);
        a.setSafeAtHome(true);
        a.setRiskToOthers(false);
        return a;
    }
}

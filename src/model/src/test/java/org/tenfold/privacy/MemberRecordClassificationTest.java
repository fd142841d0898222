package org.tenfold.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Entity;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every entity of the persistence unit says whether its rows are a member's own records: a new kind of
 * record cannot be added without deciding, and the privacy sentinel test then plants text in it.
 */
class MemberRecordClassificationTest {

    /** The entity classes listed in persistence.xml, the unit's whole list. */
    static List<Class<?>> entities() throws Exception {
        String xml;
        try (InputStream in = MemberRecordClassificationTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<Class<?>> out = new ArrayList<>();
        Matcher m = Pattern.compile("<class>([^<]+)</class>").matcher(xml);
        while (m.find()) {
            Class<?> type = Class.forName(m.group(1).strip());
            if (type.isAnnotationPresent(Entity.class)) {
                out.add(type);
            }
        }
        return out;
    }

    @Test
    void everyEntityIsClassifiedOnceWithItsReason() throws Exception {
        List<Class<?>> entities = entities();
        assertTrue(entities.size() > 40, "the unit's entities were read: " + entities);
        List<String> problems = new ArrayList<>();
        for (Class<?> e : entities) {
            MemberRecord member = e.getAnnotation(MemberRecord.class);
            NotMemberRecord not = e.getAnnotation(NotMemberRecord.class);
            if ((member == null) == (not == null)) {
                problems.add(e.getName() + ": mark it @MemberRecord (whose row it is) or @NotMemberRecord (why not)");
            } else if ((member != null ? member.owner() : not.value()).isBlank()) {
                problems.add(e.getName() + ": say whose it is, or why it is no member's");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theMemberRecordsAreThoseTheSentinelTestPlants() throws Exception {
        // the kinds a partner may keep from the other; the integration test derives its list the same way
        List<String> kinds = entities().stream().filter(e -> e.isAnnotationPresent(MemberRecord.class))
                .map(Class::getSimpleName).sorted().toList();
        for (String expected : List.of("ClientFlag", "ConsentRecord", "EducationAssignment", "Intake", "Milestone",
                "PlanGoal", "PlanObjective", "SelfCareActivity", "SessionNote")) {
            assertTrue(kinds.contains(expected), expected + " is a member's own record: " + kinds);
        }
        assertFalse(kinds.contains("Client"), "contact details are front desk's: " + kinds);
    }
}

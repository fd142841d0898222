package org.tenfold.bench.data;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes fictional clients from a seeded random source: the same seed gives the same clients, so two
 * benchmark runs search the same data and their figures can be compared.
 */
final class ClientFactory {

    /** How often a client has a double-barrelled surname ("Đặng-Nguyễn"). */
    private static final double HYPHENATED = 0.12;

    private final Random random;
    private final LocalDateTime now;

    ClientFactory(long seed, LocalDateTime now) {
        this.random = new Random(seed);
        this.now = now.truncatedTo(ChronoUnit.MICROS); // DATETIME(6)
    }

    GeneratedClient next(long id) {
        String first = pick(FictionalPeople.FIRST_NAMES);
        String last = random.nextDouble() < HYPHENATED
                ? pick(FictionalPeople.LAST_NAMES) + "-" + pick(FictionalPeople.LAST_NAMES)
                : pick(FictionalPeople.LAST_NAMES);
        String nickname = FictionalPeople.NICKNAMES.get(first);
        String preferred = nickname != null && random.nextInt(3) > 0 ? nickname : null;
        String phone = random.nextInt(100) < 95 ? phone() : null;
        LocalDateTime created = now.minusSeconds(random.nextInt(5 * 365 * 24 * 3600));
        LocalDateTime updated = created.plusSeconds((long) (random.nextDouble()
                * ChronoUnit.SECONDS.between(created, now)));
        boolean emergency = random.nextBoolean();
        return new GeneratedClient(
                id,
                SearchColumns.chartNumber(id),
                first,
                last,
                preferred,
                pronouns(),
                random.nextInt(100) < 98 ? LocalDate.of(1945, 1, 1).plusDays(random.nextInt(63 * 365)) : null,
                random.nextInt(100) < 92 ? email(preferred != null ? preferred : first, last) : null,
                phone,
                SearchColumns.phoneDigitsReversed(phone),
                SearchColumns.lastNameTail(last),
                (1 + random.nextInt(199)) + " " + pick(FictionalPeople.STREETS),
                pick(FictionalPeople.CITIES),
                "United Kingdom",
                emergency ? pick(FictionalPeople.FIRST_NAMES) + " " + last : null,
                emergency ? pick(FictionalPeople.RELATIONSHIPS) : null,
                emergency ? phone() : null,
                random.nextInt(100) < 70,
                random.nextInt(100) < 40,
                random.nextInt(100) < 30,
                random.nextInt(100) < 10,
                status(),
                created,
                updated);
    }

    private String phone() {
        return String.format(Locale.ROOT, pick(FictionalPeople.PHONE_FORMATS), random.nextInt(1000));
    }

    /** "zoe.dang-nguyen7@example.org": ASCII, lower case, with a number now and then. */
    private String email(String first, String last) {
        String local = ascii(first) + "." + ascii(last).replace(" ", "");
        return (random.nextInt(4) == 0 ? local + random.nextInt(100) : local) + "@example.org";
    }

    private String pronouns() {
        int r = random.nextInt(100);
        return r < 45 ? "she/her" : r < 90 ? "he/him" : r < 97 ? "they/them" : null;
    }

    /** Roughly a clinic's mix: most records active or discharged, some enquiries and a waiting list. */
    private String status() {
        int r = random.nextInt(100);
        return r < 40 ? "ACTIVE" : r < 65 ? "DISCHARGED" : r < 85 ? "ENQUIRY" : "WAITLIST";
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Accents dropped, letters NFD cannot split (đ, ł) mapped by hand, apostrophes gone. */
    static String ascii(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("đ", "d").replace("ł", "l");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replaceAll("[^a-z0-9 -]", "");
    }
}

package org.tenfold.client;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the search box's text into predicates. Every word must match the start of a name, the
 * email, the phone's digits, or be the chart number; the words are bound as parameters with LIKE's
 * wildcards escaped, so what is typed is only ever data. Prefix matches use the indexes, which is
 * what keeps the box fast with a hundred thousand clients.
 */
final class ClientSearch {

    static final int MAX_WORDS = 5;
    /** Digits from which a typed number with a leading zero is taken as a whole national number. */
    static final int WHOLE_NUMBER_DIGITS = 7;
    private static final char ESCAPE = '\\';

    private ClientSearch() {
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        // a phone number typed with spaces is one word: "020 7946 0018"
        String joined = text.strip().replaceAll("(?<=[0-9)])\\s+(?=[0-9(])", "");
        return Arrays.stream(joined.split("\\s+")).filter(w -> !w.isEmpty()).limit(MAX_WORDS)
                .map(w -> w.length() > 100 ? w.substring(0, 100) : w).toList();
    }

    static Predicate[] predicates(CriteriaBuilder cb, Root<Client> client, ClientQuery query) {
        List<Predicate> where = new ArrayList<>();
        for (String word : words(query.text())) {
            where.add(matchesWord(cb, client, word));
        }
        if (query.status() != null) {
            where.add(cb.equal(client.get("status"), query.status()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static Predicate matchesWord(CriteriaBuilder cb, Root<Client> client, String word) {
        String prefix = escapeLike(word) + '%';
        List<Predicate> any = new ArrayList<>();
        for (String attribute : List.of("legalLastName", "lastNameTail", "legalFirstName", "preferredName", "email")) {
            Expression<String> path = client.get(attribute);
            any.add(cb.like(path, prefix, ESCAPE));
        }
        String digits = word.replaceAll("\\D", "");
        if (digits.length() >= 3 && digits.length() == word.replaceAll("[()+./-]", "").length()) {
            // the end of a number as typed ("0018"), or a whole national number without its trunk zero
            any.add(cb.like(client.get("phoneDigitsReversed"), Client.reversedDigitsAsTyped(word) + '%'));
            String national = Client.reversedDigits(word);
            if (national != null && national.length() >= WHOLE_NUMBER_DIGITS && national.length() < digits.length()) {
                any.add(cb.like(client.get("phoneDigitsReversed"), national + '%'));
            }
        }
        ChartNumber.parseLenient(word).ifPresent(n -> any.add(cb.equal(client.get("chartNumber"), n.value())));
        return cb.or(any.toArray(Predicate[]::new));
    }

    static String escapeLike(String s) {
        StringBuilder b = new StringBuilder(s.length() + 4);
        for (char c : s.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                b.append(ESCAPE);
            }
            b.append(c);
        }
        return b.toString();
    }
}

package org.tenfold.bench.data;

import java.util.List;
import java.util.Map;

/**
 * The small built-in lists the generator draws from. Names are common ones combined at random;
 * what makes every record obviously fictional is the contact data: example.org addresses and the
 * UK phone ranges Ofcom reserves for drama, which are never given to anyone.
 */
final class FictionalPeople {

    /** Accented and non-English names on purpose: search is accent-insensitive ("zoe" finds "Zoë"). */
    static final List<String> FIRST_NAMES = List.of(
            "Zoë", "Zoe", "Siobhán", "José", "Chloé", "Renée", "Björn", "Łukasz", "Håkon", "Seán", "Aoife",
            "Niamh", "Thảo", "Minh", "Anh", "Oluwaseun", "Chidi", "Nkechi", "Kwame", "Priya", "Aarav", "Mei",
            "Yusuf", "Fatima", "Aisha", "Mohammed", "Ibrahim", "Alexander", "Jordan", "Morgan", "Samuel",
            "Eleanor", "Tomasz", "Agnieszka", "Kai", "Oliver", "Amelia", "Isla", "Noah", "Leo", "Grace", "Freya",
            "Harper", "Ava", "Sofia", "Lucía", "Mateo", "Inés", "François", "Dmitri", "Ingrid", "Rhiannon",
            "Dafydd", "Ciarán", "Eilís", "Hannah", "Ethan", "Jack", "Ruby", "Maya");

    /** Single surnames; a few hold a space ("Ó Briain"), which gives them a searchable tail. */
    static final List<String> LAST_NAMES = List.of(
            "Đặng", "Nguyễn", "Trần", "Lê", "Phạm", "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies",
            "Evans", "Wilson", "Thomas", "Roberts", "Johnson", "Walker", "Wright", "Robinson", "Thompson",
            "Ó Briain", "Ní Dhonnchadha", "O'Connor", "García", "Fernández", "Müller", "Schröder", "Kowalski",
            "Nowak", "Wiśniewski", "Okafor", "Adeyemi", "Mensah", "Patel", "Shah", "Khan", "Begum", "Chen",
            "Wang", "Li", "Kim", "Park", "Andersson", "Johansson", "Lindqvist", "Rossi", "Bianchi", "Dubois",
            "Lefèvre", "van der Berg", "de la Cruz", "MacLeod", "Fraser", "Llewellyn", "Pryce", "Hughes");

    static final Map<String, String> NICKNAMES = Map.of(
            "Alexander", "Alex", "Samuel", "Sam", "Eleanor", "Nell", "Tomasz", "Tom", "Oluwaseun", "Seun",
            "Mohammed", "Mo", "Agnieszka", "Aga", "Siobhán", "Shiv", "Dmitri", "Dima", "Rhiannon", "Rhi");

    static final List<String> PRONOUNS = List.of("she/her", "he/him", "they/them");

    static final List<String> RELATIONSHIPS = List.of("Spouse", "Partner", "Mother", "Father", "Sibling", "Friend");

    static final List<String> CITIES = List.of(
            "Bristol", "Bath", "Cardiff", "Leeds", "Manchester", "Glasgow", "Belfast", "London", "Swindon",
            "Gloucester");

    static final List<String> STREETS = List.of(
            "Example Street", "Sample Road", "Placeholder Lane", "Fictional Avenue", "Testbury Close",
            "Demo Crescent");

    /**
     * Ofcom's drama ranges, one format each, with {@code %03d} for the last three digits (0-999). Some
     * are written with the country code, some without, some without spaces: search must find them all
     * by the end of the number.
     */
    static final List<String> PHONE_FORMATS = List.of(
            "07700 900%03d", "+44 7700 900%03d", "07700900%03d", "020 7946 0%03d", "+44 20 7946 0%03d",
            "0161 496 0%03d", "0117 496 0%03d", "0131 496 0%03d", "029 2018 0%03d", "01632 960%03d");

    private FictionalPeople() {
    }
}

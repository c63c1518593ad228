package dk.radhus.e2e.hostile;

/** The kinds of hostile input the campaign sends, as reported per service at the end of the run. */
enum Category {
    WRONG_TYPE("a JSON type the field does not have: text for a number, an object for a list …"),
    MISSING_REQUIRED("a required field left out, null or blank"),
    UNKNOWN_FIELD("a field the request does not have"),
    MALFORMED_JSON("truncated JSON, trailing garbage, an empty body, comments, duplicate keys, deep nesting"),
    CONTENT_TYPE("a Content-Type the operation does not consume"),
    OVERSIZED("a body one byte over quarkus.http.limits.max-body-size"),
    INVALID_UTF8("bytes that are not UTF-8"),
    UNSTORABLE_TEXT("text with a NUL character or a lone UTF-16 surrogate"),
    INJECTION("SQL and HTML/script strings where they are not valid values (codes, enums, ids, dates, numbers)"),
    OUT_OF_RANGE("too long, below the minimum, above the maximum"),
    NUMBER_EDGE("NaN, Infinity, 1e400, over-precise amounts, fractions and overflow for integers"),
    DATE_RANGE("impossible or unstorable dates: 2011-02-30, 0000-01-01, +999999999-12-31"),
    UNKNOWN_ID("random UUIDs, unknown codes and malformed ids in the path"),
    CONTROL_CHARACTER("NUL and other control characters in a path or query parameter of any operation, reads too"),
    MALFORMED_TEXT("CSV and documents that are empty, binary, header only or hostile in every cell"),
    FILE_CONTENT("a file upload whose bytes are no file of its Content-Type: empty, text, JSON, HTML, random, another "
            + "kind's signature, a zip that is no Word document");

    final String description;

    Category(String description) {
        this.description = description;
    }
}

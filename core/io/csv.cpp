#include "csv.h"

namespace tl {

bool csv_needs_quotes(std::string_view field) {
    // A plain loop: the fields are short, and find_first_of's generic path costs more than the scan.
    for (const char c : field)
        if (c == ',' || c == '"' || c == '\n' || c == '\r') return true;
    return false;
}

void append_csv_field(std::string& out, std::string_view field) {
    if (!csv_needs_quotes(field)) {
        out.append(field);
        return;
    }
    out += '"';
    for (const char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

void put_csv_field(OutBuffer& out, std::string_view field) {
    if (!csv_needs_quotes(field)) {
        out.put(field);
        return;
    }
    std::string quoted;
    append_csv_field(quoted, field);
    out.put(quoted);
}

} // namespace tl

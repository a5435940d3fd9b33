// RFC 4180 fields: quoted only when they must be.
#pragma once

#include "byte_sink.h"

#include <string>
#include <string_view>

namespace tl {

// True if the field contains a comma, a double quote, CR or LF and so must be quoted.
bool csv_needs_quotes(std::string_view field);

// Appends the field, in double quotes with inner quotes doubled when csv_needs_quotes().
void append_csv_field(std::string& out, std::string_view field);
void put_csv_field(OutBuffer& out, std::string_view field);

} // namespace tl

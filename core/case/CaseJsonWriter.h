// Writing zansai-case/1 files exactly back: writeCase(readCase(x)) == x for any valid x.
#pragma once

#include "case/Case.h"

#include <QByteArray>
#include <QJsonObject>

namespace zansai {

// Writes every known field in the spec's names plus the extra fields kept on read, so that
// writeCase(readCase(x)) == x for any valid x. Events are in date order (stable) in the model and
// in every file written: a file whose events were out of order comes back in that canonical order.
QJsonObject writeCase(const Case& c);
QByteArray writeCaseBytes(const Case& c); // indented UTF-8

} // namespace zansai

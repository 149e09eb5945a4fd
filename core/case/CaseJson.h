// zansai-case/1 files: read with validation (every error names its JSON path), write exactly back.
// Reader (CaseJsonReader.h) and writer (CaseJsonWriter.h) live apart; this header gives both.
#pragma once

#include "case/CaseJsonReader.h"
#include "case/CaseJsonWriter.h"

namespace zansai {

inline constexpr const char* kCaseFormat = "zansai-case/1";

} // namespace zansai

// Tests read results as the English consultant reads them: en() narrates Messages in English
// (the source texts), ja() in Japanese, whatever translators are installed.
#pragma once

#include "i18n/Narrator.h"

inline QString en(const zansai::Message& m)
{
    return zansai::Narrator(zansai::Language::English).text(m);
}

inline QStringList en(const QList<zansai::Message>& ms)
{
    return zansai::Narrator(zansai::Language::English).texts(ms);
}

inline QString ja(const zansai::Message& m)
{
    return zansai::Narrator(zansai::Language::Japanese).text(m);
}

inline QStringList ja(const QList<zansai::Message>& ms)
{
    return zansai::Narrator(zansai::Language::Japanese).texts(ms);
}

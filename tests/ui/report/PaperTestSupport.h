// Shared by the paper tests of the budget, the referral sheet and the stamp: a case file read
// from tests/data/cases and the report context the app would build for it.
#pragma once

#include "advice/Consultation.h"
#include "case/CaseJson.h"
#include "i18n/Language.h"
#include "report/ClientDocuments.h"

#include <QFile>
#include <gtest/gtest.h>

namespace zansai::ui::test {

inline Case loadPaperCase(const QString& name)
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA "/cases/") + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    auto c = readCase(f.readAll());
    EXPECT_TRUE(c.ok()) << (c.ok() ? std::string() : c.error().message.toStdString());
    return c.ok() ? c.value() : Case{};
}

inline ReportContext paperContext(const Case& c, Language lang)
{
    ReportContext ctx;
    ctx.caseData = c;
    ctx.caseNumber = QStringLiteral("42");
    ctx.firm = QStringLiteral("任意売却サポート合同会社");
    ctx.consultant = QStringLiteral("佐々木 誠");
    ctx.printedOn = c.asOf;
    ctx.language = lang;
    ctx.consultation = Consultation::assess(c, c.asOf);
    return ctx;
}

} // namespace zansai::ui::test

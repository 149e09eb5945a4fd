// zansai-cli as other tools use it: the real binary, its exit codes and its JSON.
#include "CliRunner.h"

#include <gtest/gtest.h>

TEST(CliBasics, VersionAndHelp)
{
    const auto v = runCli({QStringLiteral("--version")});
    EXPECT_EQ(v.exitCode, 0);
    EXPECT_TRUE(v.out.startsWith(QStringLiteral("zansai-cli ")));
    const auto h = runCli({QStringLiteral("--help")});
    EXPECT_EQ(h.exitCode, 0);
    EXPECT_TRUE(h.out.contains(QStringLiteral("Usage: zansai-cli")));
}

TEST(CliBasics, UnknownCommandIsAJsonError)
{
    const auto r = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("nope")});
    EXPECT_EQ(r.exitCode, 2);
    const QJsonObject err = r.errJson();
    EXPECT_EQ(err.value(QStringLiteral("field")).toString(), QStringLiteral("command"));
    EXPECT_TRUE(err.value(QStringLiteral("error")).toString().contains(QStringLiteral("nope")));
    EXPECT_TRUE(r.out.isEmpty());
}

TEST(CliBasics, ErrorsAreTranslated)
{
    const auto r = runCli({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("nope")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errJson()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("不明なコマンド")));
}

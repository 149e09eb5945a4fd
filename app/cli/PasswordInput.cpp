// The one platform-dependent part (echo off on a POSIX terminal) is behind Q_OS_UNIX; elsewhere
// the line is read as it is typed.
#include "PasswordInput.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace zansai::cli {

namespace {
struct PasswordText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};
constexpr qint64 kMaxPasswordFile = 4096;

QString lineFromStdin(const QString& prompt)
{
    std::string line;
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        termios old{};
        const bool terminal = tcgetattr(STDIN_FILENO, &old) == 0;
        if (terminal) {
            termios quiet = old;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
        std::getline(std::cin, line);
        if (terminal)
            tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputs("\n", stderr);
        return QString::fromStdString(line);
    }
#else
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
#endif
    std::getline(std::cin, line);
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.pop_back();
    return QString::fromStdString(line);
}
} // namespace

Result<QString> readPassword(const Args& args, const QString& prompt)
{
    const QString option = QString::fromLatin1(kPasswordFileOption);
    QString password;
    if (args.has(option)) {
        const QString path = args.value(option);
        QFile file(path);
        if (!QFileInfo(path).isFile() || QFileInfo(path).size() > kMaxPasswordFile ||
            !file.open(QIODevice::ReadOnly))
            return Error{option, PasswordText::tr("Cannot read the password file %1: it must be "
                                                  "an ordinary file of at most %2 bytes.")
                                     .arg(path)
                                     .arg(kMaxPasswordFile)};
        QByteArray bytes = file.readLine(kMaxPasswordFile + 1);
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        password = QString::fromUtf8(bytes);
    } else {
        password = lineFromStdin(prompt);
    }
    if (password.isEmpty())
        return Error{option, PasswordText::tr("The new user's password is empty: give it in "
                                              "--password-file FILE or type it when asked.")};
    return password;
}

} // namespace zansai::cli

#include "common/AppFont.h"

#include <QApplication>
#include <QFont>

namespace zansai::ui {

void useAppFont()
{
    QFont font = QApplication::font();
    const QString fallback = font.family();
    font.setFamilies({QStringLiteral("Noto Sans CJK JP"), fallback});
    QApplication::setFont(font);
}

} // namespace zansai::ui

#include "app/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace certdrill::app {

bool installTranslations(QCoreApplication& application)
{
    auto* translator = new QTranslator(&application);
    const QString folder = QStringLiteral(":/i18n");
    if (translator->load(QLocale{}, QStringLiteral("certdrill"), QStringLiteral("_"), folder) ||
        translator->load(QStringLiteral("certdrill_en"), folder))
        return QCoreApplication::installTranslator(translator);
    delete translator;
    return false;
}

} // namespace certdrill::app

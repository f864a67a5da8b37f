#include "app/QtLogBridge.h"

#include <QString>
#include <QtGlobal>
#include <spdlog/spdlog.h>

namespace certdrill::app {
namespace {

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const auto text = message.toStdString();
    const char* category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg: spdlog::debug("[{}] {}", category, text); break;
    case QtInfoMsg: spdlog::info("[{}] {}", category, text); break;
    case QtWarningMsg: spdlog::warn("[{}] {}", category, text); break;
    case QtCriticalMsg: spdlog::error("[{}] {}", category, text); break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        spdlog::default_logger()->flush();
        break;
    }
}

} // namespace

void installQtLogBridge() { qInstallMessageHandler(handler); }

} // namespace certdrill::app

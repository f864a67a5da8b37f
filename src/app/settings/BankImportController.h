#pragma once

#include "app/BackgroundQuery.h"
#include "storage/BankImport.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace certdrill::app {

class AppContext;

/// Imports a bank file chosen by the user: `check(file)` validates it in the background and lists
/// every problem with its line, column and field; `install()` copies a valid bank into the user's
/// bank folder (storage::BankImport) and reloads the catalog. A bank whose id is already used by a
/// bundled bank needs `install(true)`.
class BankImportController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(certdrill::app::AppContext* context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool checked READ checked NOTIFY checkedChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY checkedChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY checkedChanged)
    Q_PROPERTY(QString bankId READ bankId NOTIFY checkedChanged)
    Q_PROPERTY(QString bankTitle READ bankTitle NOTIFY checkedChanged)
    /// The bundled bank file an import would shadow, or empty.
    Q_PROPERTY(QString shadows READ shadows NOTIFY checkedChanged)
    Q_PROPERTY(bool replacesUserBank READ replacesUserBank NOTIFY checkedChanged)
    /// {severity ("error"|"warning"), location ("FILE:LINE:COLUMN"), line, column, field (JSON
    /// pointer), code, message}, in file order.
    Q_PROPERTY(QVariantList diagnostics READ diagnostics NOTIFY checkedChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit BankImportController(QObject* parent = nullptr);
    ~BankImportController() override;

    [[nodiscard]] AppContext* context() const { return m_context; }
    void setContext(AppContext* context);
    [[nodiscard]] bool busy() const { return m_query.busy(); }
    [[nodiscard]] bool checked() const { return m_check.has_value(); }
    [[nodiscard]] bool valid() const;
    [[nodiscard]] QString fileName() const;
    [[nodiscard]] QString bankId() const;
    [[nodiscard]] QString bankTitle() const;
    [[nodiscard]] QString shadows() const;
    [[nodiscard]] bool replacesUserBank() const { return m_check && m_check->replacesUserBank; }
    [[nodiscard]] QVariantList diagnostics() const { return m_diagnostics; }
    [[nodiscard]] QString message() const { return m_message; }

    /// Validates `file` (a path or file: URL) in the background.
    Q_INVOKABLE void check(const QString& file);
    /// Copies the checked bank. False with `message` set when refused.
    Q_INVOKABLE bool install(bool allowShadowing = false);
    Q_INVOKABLE void clear();

signals:
    void contextChanged();
    void busyChanged();
    void checkedChanged();
    void messageChanged();
    void installed(const QString& bankId);

private:
    [[nodiscard]] std::optional<storage::BankImport> importer() const;
    void finished(storage::ImportCheck result);
    void setMessage(const QString& message);

    QPointer<AppContext> m_context;
    std::optional<storage::ImportCheck> m_check;
    QVariantList m_diagnostics;
    QString m_message;
    BackgroundQuery<storage::ImportCheck> m_query;
};

} // namespace certdrill::app

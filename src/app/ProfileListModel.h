#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace certdrill::app {

/// The profiles on this machine, for the profile picker.
class ProfileListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.profiles")

public:
    enum Role { NameRole = Qt::UserRole + 1, AnswerCountRole };
    Q_ENUM(Role)

    struct Entry {
        QString name;
        qint64 answers = 0;
    };

    explicit ProfileListModel(QObject* parent = nullptr);

    void setEntries(std::vector<Entry> entries);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<Entry> m_entries;
};

} // namespace certdrill::app

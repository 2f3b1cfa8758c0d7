#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QSettings>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <limits>

namespace baton {

// A QSettings key with its type and default in one place, so no widget spells a
// key or guesses a default (STYLE.md #12).
template<typename T>
class SettingKey
{
public:
    SettingKey(QString key, T fallback) : m_key(std::move(key)), m_default(std::move(fallback)) {}

    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

    T value(const QSettings &settings) const
    {
        const QVariant v = settings.value(m_key);
        if (!v.isValid() || !v.canConvert<T>())
            return m_default;
        return v.value<T>();
    }
    void setValue(QSettings &settings, const T &value) const { settings.setValue(m_key, QVariant::fromValue(value)); }
    void remove(QSettings &settings) const { settings.remove(m_key); }

private:
    QString m_key;
    T m_default;
};

namespace settings {

// Bumped when a key changes meaning; migrateSettings() upgrades older files.
inline constexpr int kVersion = 1;

// A user id or database location as one key segment (no '/' or spaces).
inline QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// Databases are told apart by their location; a hash keeps the key short.
inline QString databaseSegment(const QString &location)
{
    return QString::fromLatin1(QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

inline SettingKey<int> version()
{
    return {QStringLiteral("settings/version"), 0};
}

// Main window
inline SettingKey<QByteArray> windowGeometry()
{
    return {QStringLiteral("window/geometry"), {}};
}
inline SettingKey<QByteArray> windowState()
{
    return {QStringLiteral("window/state"), {}};
}
inline SettingKey<QByteArray> splitterState()
{
    return {QStringLiteral("window/splitter"), {}};
}
inline SettingKey<int> currentView()
{
    return {QStringLiteral("window/view"), 0};
}
inline SettingKey<bool> leadPaneVisible()
{
    return {QStringLiteral("window/leadPane"), true};
}

// The folder the import wizard last read a file from.
inline SettingKey<QString> importDirectory()
{
    return {QStringLiteral("import/directory"), QString()};
}

// Unread notifications also pop up on the desktop (system tray), where there is one.
inline SettingKey<bool> desktopNotifications()
{
    return {QStringLiteral("notifications/desktop"), true};
}

// Who is using Baton on this database.
inline SettingKey<QString> databaseUser(const QString &location)
{
    return {QStringLiteral("databases/") + databaseSegment(location) + QStringLiteral("/user"), QString()};
}

// Board columns: Won, Lost and Nurture start folded.
inline SettingKey<bool> columnFolded(const QString &stage, bool foldedByDefault)
{
    return {QStringLiteral("board/folded/") + segment(stage), foldedByDefault};
}

// The board's filters, per user. Scores may be negative, so "no bound" is the smallest int.
inline constexpr int kNoScore = std::numeric_limits<int>::min();
struct BoardFilterKeys
{
    SettingKey<QString> text;
    SettingKey<bool> mine;
    SettingKey<QString> owner;
    SettingKey<QString> source;
    SettingKey<QString> campaign;
    SettingKey<int> minScore; // kNoScore: none
    SettingKey<int> maxScore; // kNoScore: none
    SettingKey<bool> urgentOnly;
    SettingKey<bool> breachedOnly;
};

inline BoardFilterKeys boardFilter(const QString &userId)
{
    const QString p =
        QStringLiteral("filters/") + segment(userId.isEmpty() ? QStringLiteral("-") : userId) + QLatin1Char('/');
    return {
        {p + QStringLiteral("text"), QString()},     {p + QStringLiteral("mine"), false},
        {p + QStringLiteral("owner"), QString()},    {p + QStringLiteral("source"), QString()},
        {p + QStringLiteral("campaign"), QString()}, {p + QStringLiteral("minScore"), kNoScore},
        {p + QStringLiteral("maxScore"), kNoScore},  {p + QStringLiteral("urgentOnly"), false},
        {p + QStringLiteral("breachedOnly"), false},
    };
}

// Upgrades a settings file written by an older Baton and stamps the version.
inline void migrateSettings(QSettings &s)
{
    if (version().value(s) < kVersion)
        version().setValue(s, kVersion); // version 1 is the first; nothing to carry over yet
}

} // namespace settings
} // namespace baton

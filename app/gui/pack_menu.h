#pragma once
// The packs the learner opened recently (QSettings), and File > Recent Packs.

#include <QObject>
#include <QStringList>

#include <functional>

class QMenu;

namespace ownlings::gui {

/// Recently opened pack folders, newest first, at most kMaxRecentPacks.
inline constexpr int kMaxRecentPacks = 8;
QStringList recentPacks();
/// Puts `dir` first (once). Also what the next start opens.
void rememberPack(const QString& dir);
/// Drops `dir` (it no longer loads).
void forgetPack(const QString& dir);

/// Fills `menu` with the recent packs each time it opens; picking one calls `open`.
class PackMenu : public QObject {
    Q_OBJECT
public:
    PackMenu(QMenu* menu, std::function<void(const QString& dir)> open, QObject* parent = nullptr);

    /// Rebuilds the entries now (also done before the menu shows).
    void rebuild();

private:
    QMenu* m_menu;
    std::function<void(const QString&)> m_open;
};

} // namespace ownlings::gui

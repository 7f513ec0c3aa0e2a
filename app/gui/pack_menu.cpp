// Recent packs.
#include "app/gui/pack_menu.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace ownlings::gui {
namespace {

const QString kRecentKey = QStringLiteral("course/recentPacks");

QString normalized(const QString& dir) {
    const QFileInfo info(dir);
    const QString canonical = info.canonicalFilePath();
    return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

void store(const QStringList& dirs) { QSettings().setValue(kRecentKey, dirs); }

} // namespace

QStringList recentPacks() { return QSettings().value(kRecentKey).toStringList(); }

void rememberPack(const QString& dir) {
    const QString path = normalized(dir);
    QStringList dirs = recentPacks();
    dirs.removeAll(path);
    dirs.prepend(path);
    while (dirs.size() > kMaxRecentPacks) dirs.removeLast();
    store(dirs);
}

void forgetPack(const QString& dir) {
    QStringList dirs = recentPacks();
    dirs.removeAll(normalized(dir));
    store(dirs);
}

PackMenu::PackMenu(QMenu* menu, std::function<void(const QString&)> open, QObject* parent)
    : QObject(parent), m_menu(menu), m_open(std::move(open)) {
    connect(m_menu, &QMenu::aboutToShow, this, &PackMenu::rebuild);
    rebuild();
}

void PackMenu::rebuild() {
    m_menu->clear();
    const QStringList dirs = recentPacks();
    for (int i = 0; i < dirs.size(); ++i) {
        const QString dir = dirs.at(i);
        const QString label = QStringLiteral("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(dir));
        QAction* action = m_menu->addAction(label, this, [this, dir] { m_open(dir); });
        action->setStatusTip(tr("Open the pack in %1").arg(QDir::toNativeSeparators(dir)));
    }
    if (dirs.isEmpty()) m_menu->addAction(tr("No packs opened yet"))->setEnabled(false);
}

} // namespace ownlings::gui

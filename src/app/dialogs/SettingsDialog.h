#pragma once

#include "app/settings/AppSettings.h"

#include <QDialog>

#include <memory>

namespace poddeck {

namespace Ui {
class SettingsDialog;
}

// Endpoints offered in the instance bar, default regions, where credentials come from (never the
// credentials themselves), and whether to follow the desktop theme.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    AppSettings settings() const;

Q_SIGNALS:
    // The "Remotes…" button: remotes are kept in the catalogue, not in these settings.
    void remotesRequested();

private:
    void updateProfile();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings m_settings;
};

} // namespace poddeck

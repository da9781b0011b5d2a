#pragma once

#include "state/Version.h"

#include <QDialog>

namespace poddeck {

// The details of one version: everything the catalogue knows about it, selectable for copying.
class PropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PropertiesDialog(const Version &version, QWidget *parent = nullptr);
};

} // namespace poddeck

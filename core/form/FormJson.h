#pragma once

#include "Form.h"

#include <QJsonObject>

namespace tianbao {

// The form as the JSON object `tianbao show --json` prints: scripts read forms through it.
class FormJson
{
public:
    static QJsonObject toJson(const Form &form);
};

} // namespace tianbao

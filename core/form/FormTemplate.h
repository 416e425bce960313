#pragma once

#include "Form.h"

namespace tianbao {

// The forms Tianbao knows without a file: today the notice of 2023-12-22 (附件1 with its 13
// existing projects, an empty 附件2).
class FormTemplate
{
public:
    static Form notice2023();
};

} // namespace tianbao

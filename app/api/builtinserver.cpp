// SPDX-License-Identifier: MIT
#include "builtinserver.h"

BuiltInServer::~BuiltInServer() = default;

// SPDX-License-Identifier: MIT
#include "realisticjobs.h"

#include "api/jobapiclient.h"
#include "api/joblister.h"
#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QEventLoop>

#include <cstdio>
#include <cstdlib>

namespace RealisticJobs {

std::vector<Job> load(int count)
{
    sandbox::SandboxServer server;
    sandbox::SandboxOptions options;
    options.initialJobs = count;
    options.simulate = false;
    options.seed = 2024;
    options.databasePath = QDir::temp().filePath(QStringLiteral("sjm-bench-realistic-%1.sqlite").arg(count));
    QString error;
    if (!server.start(options, &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        std::abort();
    }
    JobApiClient client;
    ApiEndpoint endpoint;
    endpoint.baseUrl = server.baseUrl();
    endpoint.token = server.defaultToken();
    endpoint.timeoutMs = 120000;
    client.setEndpoint(endpoint);
    JobLister lister(&client);
    lister.setMaxJobs(count * 2);
    QEventLoop loop;
    QObject::connect(&lister, &JobLister::finished, &loop, &QEventLoop::quit);
    lister.start(JobListRequest{});
    loop.exec();
    if (!lister.isOk()) {
        std::fprintf(stderr, "listing: %s\n", qPrintable(lister.error().humanMessage()));
        std::abort();
    }
    server.stop();
    return lister.takeJobs();
}

} // namespace RealisticJobs

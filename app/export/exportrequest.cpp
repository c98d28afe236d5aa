#include "exportrequest.h"

#include "csvwriter.h"
#include "xlsxwriter.h"

#include <QCoreApplication>

std::unique_ptr<ExportWriter> makeExportWriter(const ExportRequest &request, QString *error)
{
    if (request.format == ExportFormat::Xlsx) {
        if (request.device) {
            // libxlsxwriter needs a seekable file of its own; a pipe cannot hold a zip.
            *error = QCoreApplication::translate("ExportRequest",
                                                 "An XLSX file cannot be written to standard output; "
                                                 "give a file name or choose CSV.");
            return nullptr;
        }
        return std::make_unique<XlsxWriter>(request.path, request.xlsx);
    }
    if (request.device)
        return std::make_unique<CsvWriter>(request.device, request.csv);
    return std::make_unique<CsvWriter>(request.path, request.csv);
}

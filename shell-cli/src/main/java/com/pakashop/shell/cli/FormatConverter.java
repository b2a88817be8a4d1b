package com.pakashop.shell.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code --format}; anything but table, csv or json is a usage error (exit 2). */
final class FormatConverter implements CommandLine.ITypeConverter<TabularFormat> {
    @Override
    public TabularFormat convert(String value) {
        try {
            return TabularFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("must be table, csv or json, not '" + value + "'");
        }
    }
}

# Project-wide compile settings, applied to every Baton target through baton_strict().
add_library(baton_strict INTERFACE)
target_compile_definitions(baton_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(baton_strict INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
    # Designated initializers name what they set; the rest keep their defaults on purpose.
    -Wno-missing-field-initializers)
if(BATON_WERROR)
    target_compile_options(baton_strict INTERFACE -Werror)
endif()
if(BATON_SANITIZE)
    target_compile_options(baton_strict INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(baton_strict INTERFACE -fsanitize=address,undefined)
endif()

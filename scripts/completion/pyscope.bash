# bash completion for pyscope(1): commands, options, course names, the day
# numbers of the chosen course, theme names, and .py / .lua files where
# those are expected.  Installed as
# share/bash-completion/completions/pyscope.

# The folders holding courses or themes ($1), as pyscope looks them up.
_pyscope_dirs()
{
    local what=$1 var=PYSCOPE_COURSES d
    [ "$what" = themes ] && var=PYSCOPE_THEMES
    if [ -n "${!var}" ]; then
        printf '%s\n' "${!var}"
        return
    fi
    printf '%s\n' "${XDG_DATA_HOME:-$HOME/.local/share}/pyscope/$what"
    local exe
    exe=$(type -P pyscope 2>/dev/null) && exe=$(readlink -f "$exe") &&
        printf '%s\n' "${exe%/*}/../share/pyscope/$what"
    local IFS=:
    for d in ${XDG_DATA_DIRS:-/usr/local/share:/usr/share}; do
        printf '%s\n' "$d/pyscope/$what"
    done
}

_pyscope_courses()
{
    local d c
    while read -r d; do
        for c in "$d"/*/course.lua; do
            [ -f "$c" ] && c=${c%/course.lua} && printf '%s\n' "${c##*/}"
        done
    done < <(_pyscope_dirs courses)
}

_pyscope_themes()
{
    local d t
    while read -r d; do
        for t in "$d"/*.lua; do
            [ -f "$t" ] && t=${t##*/} && printf '%s\n' "${t%.lua}"
        done
    done < <(_pyscope_dirs themes)
}

# Day numbers of course $1 (its dayNN.lua files).
_pyscope_days()
{
    local name=${1:-python} d f n
    while read -r d; do
        [ -d "$d/$name" ] || continue
        for f in "$d/$name"/day*.lua; do
            [ -f "$f" ] || continue
            n=${f##*/day}
            n=${n%.lua}
            printf '%s\n' "$((10#$n))"
        done
        return
    done < <(_pyscope_dirs courses)
}

_pyscope()
{
    local cur prev cmd="" i course=""
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
    local commands="learn run repl check dis"
    local globals="--help --version --theme --no-mouse"
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
        learn | run | repl | check | dis)
            cmd=${COMP_WORDS[i]}
            break
            ;;
        esac
    done
    case $prev in
    --theme)
        COMPREPLY=($(compgen -W "$(_pyscope_themes)" -- "$cur"))
        return
        ;;
    --day)
        for ((i = 2; i < COMP_CWORD; i++)); do
            case ${COMP_WORDS[i]} in
            -*) ;;
            *) [ "${COMP_WORDS[i - 1]}" != --day ] &&
                [ "${COMP_WORDS[i - 1]}" != --theme ] &&
                [ "${COMP_WORDS[i - 1]}" != --watch ] && course=${COMP_WORDS[i]} ;;
            esac
        done
        COMPREPLY=($(compgen -W "$(_pyscope_days "$course")" -- "$cur"))
        return
        ;;
    --watch)
        COMPREPLY=($(compgen -f -X '!*.lua' -- "$cur") $(compgen -d -- "$cur"))
        return
        ;;
    -c)
        return
        ;;
    esac
    case $cmd in
    "")
        COMPREPLY=($(compgen -W "$commands $globals" -- "$cur"))
        ;;
    learn)
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--day --plain --watch --theme --no-mouse" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$(_pyscope_courses)" -- "$cur"))
        fi
        ;;
    run)
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--step -c --theme --no-mouse" -- "$cur"))
        else
            COMPREPLY=($(compgen -f -X '!*.py' -- "$cur") $(compgen -d -- "$cur"))
        fi
        ;;
    dis)
        COMPREPLY=($(compgen -f -X '!*.py' -- "$cur") $(compgen -d -- "$cur"))
        ;;
    repl)
        COMPREPLY=($(compgen -W "--plain --theme --no-mouse" -- "$cur"))
        ;;
    check)
        COMPREPLY=($(compgen -f -X '!*.lua' -- "$cur") $(compgen -d -- "$cur"))
        ;;
    esac
}
complete -o filenames -F _pyscope pyscope

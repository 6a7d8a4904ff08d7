"""A tiny, hand-made bundle in the reference layout, for loader and reader tests."""

import gzip
from pathlib import Path

FILES = {
    "municipalities.csv": (
        "id,title,type,region_id,region_title\n"
        "0000,Riket,L,,\n"
        "0001,Region Stockholm,L,,\n"
        "0180,Stockholm,K,0001,Region Stockholm\n"
        "0114,Upplands Väsby,K,0001,Region Stockholm\n"
    ),
    "municipality_groups.csv": (
        "group_id,title,n_members\n"
        "G92787,Storstäder (ovägt medel),1\n"
        "G92793,Pendlingskommun nära storstad (ovägt medel),1\n"
        "G1,Liknande kommuner Stockholm,2\n"
    ),
    "municipality_group_members.csv": (
        "group_id,member_id,member_title\n"
        "G92787,0180,Stockholm\n"
        "G92793,0114,Upplands Väsby\n"
        "G1,0180,Stockholm\n"
        "G1,0114,Upplands Väsby\n"
        "G1,9999,Nedlagd kommun\n"
    ),
    "skr_kommungrupper.csv": (
        "municipality_id,municipality,skr_code,kommungrupp,group_id,kolada_group_title\n"
        "0180,Stockholm,A1,Storstäder,G92787,Storstäder (ovägt medel)\n"
        "0114,Upplands Väsby,A2,Pendlingskommun nära storstad,G92793,x\n"
    ),
    "kpi_metadata.csv": (
        "id,title,description,is_divided_by_gender,municipality_type,auspice,"
        "operating_area,perspective,prel_publication_date,publication_date,publ_period,has_ou_data\n"
        'N00401,"Utsläpp av växthusgaser, ton CO2-ekv/inv",Utsläpp.,False,A,,Miljö,Resultat,'
        ",2026-01-01,2024,False\n"
        'N00945,"Invånare med eftergymnasial utbildning, andel (%)",Andel.,True,K,,Utbildning,'
        "Resultat,,2026-01-01,2024,False\n"
    ),
    "agenda2030_kpis_kommun.csv": (
        "id,title,municipality_type\nN00401,Utsläpp,A\nN00945,Eftergymnasial utbildning,K\n"
    ),
    "kpi_groups.csv": (
        "group_id,title,parent_group_id\nKOLADA,Kolada,\nG2KPI130255,Agenda 2030 - 17 mål,KOLADA\n"
    ),
    "kpi_group_members.csv": (
        "group_id,kpi_id,group_title\nG2KPI130255,N00401,x\nG2KPI130255,N00945,x\n"
    ),
}

VALUES = (
    "kpi,municipality_id,year,gender,value\n"
    "N00401,0180,2020,T,1.5\n"
    "N00401,0180,2021,T,1.4\n"
    "N00401,0114,2021,T,\n"
    "N00945,0180,2021,K,60.1\n"
    "N00945,0180,2021,M,55.0\n"
    "N00945,0180,2021,T,57.5\n"
    "N00945,0000,2021,T,45.0\n"
)


def write_mini_bundle(directory: Path, values: str = VALUES, **replace: str) -> Path:
    """Write the bundle into ``directory``; ``replace`` swaps whole files by name."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in {**FILES, **replace}.items():
        (directory / name).write_text(text, encoding="utf-8")
    with gzip.open(directory / "values_agenda2030.csv.gz", "wt", encoding="utf-8") as handle:
        handle.write(values)
    return directory

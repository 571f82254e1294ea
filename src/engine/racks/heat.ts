/** 1 W of power drawn is 3.41214 BTU/h of heat for the cooling to remove (1 BTU = 1,055.06 J). */
export const BTU_PER_HOUR_PER_WATT = 3.41214;
